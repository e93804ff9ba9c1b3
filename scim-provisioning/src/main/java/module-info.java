/**
 * Entra-style synchronisation from a source directory into any SCIM service, on top of the client.
 * The command line (picocli) is optional: only the command needs it.
 */
module io.scimworks.provisioning {
  requires transitive io.scimworks.client;
  requires static transitive org.jspecify;
  requires static info.picocli;

  exports io.scimworks.provisioning;
  exports io.scimworks.provisioning.cli;

  // picocli reads the command's options reflectively
  opens io.scimworks.provisioning.cli to
      info.picocli;
}
