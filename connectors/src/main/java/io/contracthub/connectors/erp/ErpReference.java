package io.contracthub.connectors.erp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The document reference a trigger's idempotency key always yields: Kingdee's bill number, U8's biz_id, SAP's
 * PurchaseOrderByCustomer. 15 characters fit every one of those fields; 48 bits of SHA-256 make a collision among
 * one company's documents practically impossible while staying short enough to type into an ERP search box.
 */
public final class ErpReference {

    private static final String PREFIX = "HUB";

    private ErpReference() {
    }

    public static String of(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().withUpperCase().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
