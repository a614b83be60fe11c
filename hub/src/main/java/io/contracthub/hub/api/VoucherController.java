package io.contracthub.hub.api;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.ocr.OcrProperties;
import io.contracthub.hub.ocr.OnOcrEnabled;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.persistence.VoucherRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/contracts/{id}/vouchers} (multipart field {@code file}: a JPG, PNG or PDF down-payment voucher) stores
 * the voucher and answers 202 at once; recognition runs later and its verdict becomes DOWN_PAYMENT evidence.
 * The type is read from the file's first bytes, not from what the client claims.
 */
@RestController
@OnOcrEnabled
public class VoucherController {

    private final ContractRepository contracts;
    private final VoucherRepository vouchers;
    private final OcrProperties ocr;
    private final Path storage;

    public VoucherController(ContractRepository contracts, VoucherRepository vouchers, OcrProperties ocr, HubProperties hub) {
        this.contracts = contracts;
        this.vouchers = vouchers;
        this.ocr = ocr;
        this.storage = hub.dataDir().toAbsolutePath().resolve("vouchers");
    }

    @PostMapping(value = "/api/contracts/{id}/vouchers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public VoucherView upload(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        if (file == null || file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_file", "Send the voucher as the multipart field \"file\"");
        }
        if (file.getSize() > ocr.maxBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "voucher_too_large",
                    "The voucher is larger than " + ocr.maxBytes() + " bytes", Map.of("limitBytes", ocr.maxBytes()));
        }
        byte[] bytes = file.getBytes();
        String type = detectType(bytes);
        if (type == null || !ocr.allowedTypes().contains(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_voucher_type",
                    "A voucher must be one of " + ocr.allowedTypes(), Map.of("allowed", ocr.allowedTypes()));
        }
        Path path = store(bytes);
        String name = file.getOriginalFilename() == null ? path.getFileName().toString() : file.getOriginalFilename();
        long voucherId = vouchers.insert(id, name.length() > 200 ? name.substring(0, 200) : name, type, bytes.length,
                Sha256.hex(bytes), path.toString());
        return VoucherView.of(vouchers.find(voucherId).orElseThrow());
    }

    @GetMapping("/api/contracts/{id}/vouchers")
    public List<VoucherView> list(@PathVariable String id) {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        return vouchers.forContract(id).stream().map(VoucherView::of).toList();
    }

    private Path store(byte[] bytes) {
        try {
            Files.createDirectories(storage);
            Path path = storage.resolve(UUID.randomUUID().toString());
            Files.write(path, bytes);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the voucher under " + storage, e);
        }
    }

    private static String detectType(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return MediaType.IMAGE_PNG_VALUE;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return MediaType.IMAGE_JPEG_VALUE;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return MediaType.APPLICATION_PDF_VALUE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
