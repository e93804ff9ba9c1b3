package io.scimworks.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed corpus of filters the filter benchmarks parse and evaluate: what identity providers
 * send (Entra ID's and Okta's matching queries), the examples of RFC 7644 §3.4.2.2, and a few
 * complex filters. The user is RFC 7643's enterprise user (§8.3).
 */
final class FilterCorpus {
  /** Microsoft Entra ID: test connection, matching, group lookup. */
  static final List<String> ENTRA =
      List.of(
          "userName eq \"7a6f1c2e-3b0d-4a55-9a3e-2f1e8d6c5b4a\"",
          "userName eq \"bjensen@example.com\"",
          "externalId eq \"0fbd6a2e-5d7c-4e1f-8a3b-9c2d1e0f7a6b\"",
          "displayName eq \"Tour Guides\"");

  /** Okta: matching by userName (any case), by email, group by name. */
  static final List<String> OKTA =
      List.of(
          "userName eq \"BJENSEN@EXAMPLE.COM\"",
          "emails.value eq \"bjensen@example.com\"",
          "displayName eq \"Employees\"");

  /** RFC 7644 §3.4.2.2. */
  static final List<String> RFC =
      List.of(
          "userName eq \"bjensen\"",
          "name.familyName co \"O'Malley\"",
          "userName sw \"J\"",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
          "title pr",
          "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
          "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
          "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
          "meta.lastModified le \"2011-05-13T04:42:34Z\"",
          "title pr and userType eq \"Employee\"",
          "title pr or userType eq \"Intern\"",
          "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
          "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
          "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
          "userType eq \"Employee\" and (emails.type eq \"work\")",
          "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
          "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]");

  /** Longer filters of the kind admin consoles and reports send. */
  static final List<String> COMPLEX =
      List.of(
          "(userType eq \"Employee\" or userType eq \"Contractor\") and active eq true and not (title sw \"Intern\")"
              + " and meta.lastModified ge \"2011-05-13T04:42:34Z\"",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq"
              + " \"26118915-6090-4610-87e4-49d8ca9f808d\" and addresses[type eq \"work\" and locality eq \"Hollywood\"]",
          "name.familyName co \"jen\" and (phoneNumbers[type eq \"mobile\" and value sw \"555\"] or emails.value ew"
              + " \"jensen.org\")");

  /** Everything, in a fixed order. */
  static final List<String> ALL = concat(ENTRA, OKTA, RFC, COMPLEX);

  private FilterCorpus() {}

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new java.util.ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  /** RFC 7643's enterprise user as JSON text. */
  static String userJson() {
    try (InputStream in = FilterCorpus.class.getResourceAsStream("/user.json")) {
      if (in == null) {
        throw new IllegalStateException("user.json missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
