package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code @context} of the JSON-LD export, written inline so no processor has to fetch
 * anything: the prefixes of the vocabularies it uses, and which properties hold IRIs, dates or
 * numbers.
 */
final class JsonLdContext {
  private static final Map<String, String> PREFIXES = prefixes();
  private static final Map<String, String> COERCIONS = coercions();

  private JsonLdContext() {}

  static void write(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("@context");
    for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
      json.writeStringField(prefix.getKey(), prefix.getValue());
    }
    for (Map.Entry<String, String> coercion : COERCIONS.entrySet()) {
      json.writeObjectFieldStart(coercion.getKey());
      json.writeStringField("@type", coercion.getValue());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static Map<String, String> prefixes() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
    prefixes.put("prov", "http://www.w3.org/ns/prov#");
    prefixes.put("oa", "http://www.w3.org/ns/oa#");
    prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
    prefixes.put("dcterms", "http://purl.org/dc/terms/");
    prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    prefixes.put("annalist", LinkedDataIds.VOCABULARY);
    return Collections.unmodifiableMap(prefixes);
  }

  private static Map<String, String> coercions() {
    Map<String, String> coercions = new LinkedHashMap<>();
    for (String link : new String[] {
      "sem:hasActor",
      "sem:hasPlace",
      "prov:wasDerivedFrom",
      "prov:wasQuotedFrom",
      "oa:hasSource",
      "annalist:about"
    }) {
      coercions.put(link, "@id");
    }
    for (String date : new String[] {
      "sem:hasTimeStamp",
      "sem:hasEarliestBeginTimeStamp",
      "sem:hasLatestEndTimeStamp",
      "dcterms:issued"
    }) {
      coercions.put(date, "xsd:date");
    }
    for (String count :
        new String[] {"oa:start", "oa:end", "annalist:start", "annalist:end", "annalist:mentions"
        }) {
      coercions.put(count, "xsd:nonNegativeInteger");
    }
    coercions.put("annalist:reliability", "xsd:double");
    return Collections.unmodifiableMap(coercions);
  }
}
