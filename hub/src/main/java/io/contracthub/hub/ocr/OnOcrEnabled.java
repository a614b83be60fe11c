package io.contracthub.hub.ocr;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The bean exists only when voucher recognition is switched on ({@code hub.ocr.enabled}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "hub.ocr.enabled", havingValue = "true")
public @interface OnOcrEnabled {
}
