package io.contracthub.simulators.esign;

/**
 * A file the simulated esign was told about (file-upload-url) and perhaps received (the PUT to its upload URL).
 * {@code fileStatus} uses esign's codes: 0 not uploaded, 1 uploading, 2 uploaded (ready); {@code readsUntilReady} is
 * how many more status queries still answer 1 after the upload, as esign needs a moment to take a file in.
 */
public record SimulatedFile(String fileId, String fileName, String contentType, String contentMd5, long fileSize,
                            byte[] content, int fileStatus, int readsUntilReady) {

    static final int NOT_UPLOADED = 0;
    static final int UPLOADING = 1;
    static final int READY = 2;

    SimulatedFile uploaded(byte[] bytes, int reads) {
        return new SimulatedFile(fileId, fileName, contentType, contentMd5, fileSize, bytes.clone(),
                reads > 0 ? UPLOADING : READY, reads);
    }

    /** The file after one more status query: a query while uploading brings it closer to ready. */
    SimulatedFile read() {
        if (fileStatus != UPLOADING) {
            return this;
        }
        return readsUntilReady <= 1
                ? new SimulatedFile(fileId, fileName, contentType, contentMd5, fileSize, content, READY, 0)
                : new SimulatedFile(fileId, fileName, contentType, contentMd5, fileSize, content, UPLOADING, readsUntilReady - 1);
    }

    boolean isReady() {
        return fileStatus == READY;
    }
}
