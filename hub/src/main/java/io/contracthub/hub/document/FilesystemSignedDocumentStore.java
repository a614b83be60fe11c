package io.contracthub.hub.document;

import io.contracthub.hub.persistence.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed PDFs as files {@code <sha256>.pdf} in one directory (under the data directory). A file is written under a
 * temporary name, forced to disk and then renamed, so a crash never leaves a half-written document under its hash.
 */
public final class FilesystemSignedDocumentStore implements SignedDocumentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;

    public FilesystemSignedDocumentStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public String put(byte[] pdf) {
        String sha256 = Sha256.hex(pdf);
        Path target = directory.resolve(sha256 + ".pdf");
        if (Files.exists(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, sha256, ".part");
            Files.write(temporary, pdf, StandardOpenOption.SYNC);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the signed document " + sha256, e);
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(sha256 + ".pdf");
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signed document " + sha256, e);
        }
    }
}
