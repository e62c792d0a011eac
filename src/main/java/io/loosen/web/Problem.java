package io.loosen.web;

/**
 * An RFC 9457 problem document, as every API error is sent ({@code application/problem+json}).
 * {@code field} names the query parameter or path field that is wrong, when one is; null members are
 * left out.
 */
record Problem(String type, String title, int status, String detail, String instance, String field) {
    static final String CONTENT_TYPE = "application/problem+json";
}
