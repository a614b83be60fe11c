package io.contracthub.hub.esign;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The bean exists only when the esign connector is switched on ({@code hub.connectors.esign.enabled}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "hub.connectors.esign.enabled", havingValue = "true")
public @interface OnEsignEnabled {
}
