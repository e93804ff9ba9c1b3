package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes a response body straight to compact UTF-8 JSON, so that a body need not be built as a tree
 * first: the shared mapper's stream factory (its write limits included), trees written node by node
 * exactly as {@link ScimJson#writeBytes} writes them, and the bytes collected into one array of the
 * body's size.
 */
final class BodyWriter {
  private BodyWriter() {}

  /** The bytes {@code body} writes; it must write exactly one JSON value. */
  static byte[] write(Consumer<JsonGenerator> body) {
    Bytes bytes = new Bytes();
    try (JsonGenerator g =
        ScimJson.mapper().tokenStreamFactory().createGenerator(ObjectWriteContext.empty(), bytes)) {
      body.accept(g);
    }
    return bytes.toByteArray();
  }

  /** Writes a tree as {@link ScimJson#writeBytes} writes it. */
  static void tree(JsonGenerator g, JsonNode node) {
    if (node instanceof StringNode) {
      g.writeString(node.stringValue());
    } else if (node instanceof ObjectNode o) {
      g.writeStartObject(o, o.size());
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        g.writeName(e.getKey());
        tree(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof ArrayNode a) {
      g.writeStartArray(a, a.size());
      for (JsonNode e : a) {
        tree(g, e);
      }
      g.writeEndArray();
    } else if (node instanceof BooleanNode) {
      g.writeBoolean(node.booleanValue());
    } else if (node instanceof IntNode) {
      g.writeNumber(node.intValue());
    } else if (node instanceof LongNode) {
      g.writeNumber(node.longValue());
    } else if (node instanceof NullNode) {
      g.writeNull();
    } else if (node instanceof DecimalNode) {
      g.writeNumber(node.decimalValue());
    } else if (node instanceof DoubleNode) {
      g.writeNumber(node.doubleValue());
    } else if (node instanceof BigIntegerNode) {
      g.writeNumber(node.bigIntegerValue());
    } else if (node instanceof FloatNode) {
      g.writeNumber(node.floatValue());
    } else if (node instanceof ShortNode) {
      g.writeNumber(node.shortValue());
    } else if (node instanceof BinaryNode) {
      g.writeBinary(node.binaryValue());
    } else {
      g.writeRawValue(ScimJson.write(node)); // POJO and raw nodes, which only code can build
    }
  }

  /**
   * Collects what the generator flushes: it buffers a body of up to several kilobytes and hands it
   * over in one write on close, which becomes the result as it is.
   */
  private static final class Bytes extends OutputStream {
    private byte[] buf = new byte[0];
    private int count;

    @Override
    public void write(int b) {
      ensure(1);
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (count == 0 && buf.length == 0) {
        buf = Arrays.copyOfRange(b, off, off + len);
        count = len;
        return;
      }
      ensure(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    private void ensure(int more) {
      if (count + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(count + more, Math.max(64, buf.length * 2)));
      }
    }

    byte[] toByteArray() {
      return count == buf.length ? buf : Arrays.copyOf(buf, count);
    }
  }
}
