/**
 * Entra-style synchronisation from a source directory into any SCIM service, on top of the client.
 * The command line (picocli) is optional: only the command needs it.
 */
module io.scimworks.provisioning {
  requires transitive io.scimworks.client;
  requires static transitive org.jspecify;
  requires static info.picocli;

  exports io.scimworks.provisioning;

  // the command is not API; picocli reads its options reflectively
  opens io.scimworks.provisioning.cli to
      info.picocli;
}
