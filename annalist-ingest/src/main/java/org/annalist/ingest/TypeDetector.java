package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.jspecify.annotations.Nullable;

/** Detects a file's media type from its bytes and name with Tika's detectors. Thread-safe. */
final class TypeDetector {
  private final Detector detector;
  private final MediaTypeRegistry registry;

  TypeDetector(Detector detector, MediaTypeRegistry registry) {
    this.detector = detector;
    this.registry = registry;
  }

  DetectedType detect(byte[] bytes, String fileName) {
    MediaType content = detectQuietly(bytes, fileName);
    MediaType byName = detectQuietly(null, fileName);
    return new DetectedType(normalize(content), normalize(byName));
  }

  private MediaType detectQuietly(byte @Nullable [] bytes, String name) {
    Metadata metadata = new Metadata();
    if (!name.isEmpty()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try (InputStream in = bytes == null ? null : TikaInputStream.get(bytes)) {
      return detector.detect(in, metadata);
    } catch (IOException | RuntimeException e) {
      // A detector that fails on odd bytes must not sink the file: the parser will judge it.
      return MediaType.OCTET_STREAM;
    }
  }

  /** The canonical form of a type: no parameters, aliases resolved. */
  private MediaType normalize(MediaType type) {
    return registry.normalize(type.getBaseType());
  }
}
