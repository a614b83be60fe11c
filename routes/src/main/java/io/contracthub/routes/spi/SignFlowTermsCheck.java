package io.contracthub.routes.spi;

/** Replaces open sign flows whose document no longer matches the contract's terms (revoke, then a new document). */
@FunctionalInterface
public interface SignFlowTermsCheck {

    /** @return how many flows were replaced */
    int replaceOutdated();
}
