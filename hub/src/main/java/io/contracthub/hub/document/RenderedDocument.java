package io.contracthub.hub.document;

/** A contract PDF ready to upload: its bytes, its last page (where the seals go) and its file name. */
public record RenderedDocument(byte[] pdf, int lastPage, String fileName) {
}
