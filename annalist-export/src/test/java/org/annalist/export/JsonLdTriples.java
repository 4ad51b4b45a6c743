package org.annalist.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON-LD export turned into RDF triples by Titanium, a conforming JSON-LD 1.1 processor,
 * which may load no remote document: the context must be inline. Queries by subject and
 * predicate, with IRIs written in full.
 */
public record JsonLdTriples(List<Triple> triples) {
  public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final String ANNALIST = "urn:annalist:vocab:";

  /** One triple; {@code datatype} is null when the object is an IRI or a blank node. */
  public record Triple(
      String subject,
      String predicate,
      String object,
      @Nullable String datatype) {}

  public static JsonLdTriples read(byte[] jsonld) throws JsonLdError {
    List<Triple> triples = new ArrayList<>();
    JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonld)))
        .loader((url, options) -> {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the export asked to load " + url);
        })
        .provide((subject, predicate, object, datatype, language, direction, graph) -> {
          triples.add(new Triple(subject, predicate, object, datatype));
          return null;
        });
    return new JsonLdTriples(List.copyOf(triples));
  }

  public List<String> subjects(String predicate, String object) {
    return triples.stream()
        .filter(t -> t.predicate().equals(predicate) && t.object().equals(object))
        .map(Triple::subject)
        .toList();
  }

  public List<Triple> about(String subject, String predicate) {
    return triples.stream()
        .filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
        .toList();
  }

  public List<String> objects(String subject, String predicate) {
    return about(subject, predicate).stream().map(Triple::object).toList();
  }

  public String object(String subject, String predicate) {
    List<String> objects = objects(subject, predicate);
    if (objects.size() != 1) {
      throw new AssertionError(
          subject + " has " + objects.size() + " " + predicate + ", not one: " + objects);
    }
    return objects.get(0);
  }

  /**
   * Every quoted segment (a subject with a {@code prov:value}), with its document's id from the
   * {@code ni:} name and its UTF-16 span, and the code point span of its text position selector.
   */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    for (Triple value : triples) {
      if (value.predicate().equals(PROV + "value")) {
        String segment = value.subject();
        String selector = object(segment, OA + "hasSelector");
        String document = HexFormat.of()
            .formatHex(Base64.getUrlDecoder()
                .decode(object(segment, OA + "hasSource").substring("ni:///sha-256;".length())));
        segments.add(new Segment(
            new ExportedQuote(
                document,
                Integer.parseInt(object(segment, ANNALIST + "start")),
                Integer.parseInt(object(segment, ANNALIST + "end")),
                value.object()),
            Integer.parseInt(object(selector, OA + "start")),
            Integer.parseInt(object(selector, OA + "end"))));
      }
    }
    return segments;
  }

  /** A quoted segment: the quote with its UTF-16 span, and its span in code points. */
  public record Segment(ExportedQuote quote, int codePointStart, int codePointEnd) {

    /** The text between the code point offsets. */
    public String codePointText(Map<String, String> texts) {
      String text = texts.get(quote.document());
      return text.substring(
          text.offsetByCodePoints(0, codePointStart), text.offsetByCodePoints(0, codePointEnd));
    }
  }
}
