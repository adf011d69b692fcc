package io.tscns.testkit.cms.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tscns.testkit.cms.internal.engine.CmsRefusal;
import java.util.List;
import java.util.Map;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}) with the protocol's stable codes: type
 * {@code https://tscns.io/problems/<code>}, title, status, detail, instance, code, requestId and typed extension
 * members. Never a stack trace. Thread-safe.
 */
final class Problems {

    static final String TYPE_BASE = "https://tscns.io/problems/";

    private Problems() {
    }

    static byte[] document(ObjectMapper json, CmsRefusal refusal, String instance, String requestId) {
        ObjectNode node = json.createObjectNode();
        node.put("type", TYPE_BASE + refusal.code());
        node.put("title", title(refusal.code()));
        node.put("status", refusal.status());
        node.put("detail", refusal.getMessage());
        node.put("instance", instance);
        node.put("code", refusal.code());
        node.put("requestId", requestId);
        for (Map.Entry<String, Object> member : refusal.extensions().entrySet()) {
            Object value = member.getValue();
            if (value instanceof Integer number) {
                node.put(member.getKey(), number);
            } else if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(member.getKey());
                for (Object item : list) {
                    if (item instanceof CmsRefusal.Violation v) {
                        array.addObject().put("code", v.code()).put("field", v.field()).put("detail", v.detail());
                    } else {
                        array.add(String.valueOf(item));
                    }
                }
            } else {
                node.put(member.getKey(), String.valueOf(value));
            }
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem document", e);
        }
    }

    private static String title(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
