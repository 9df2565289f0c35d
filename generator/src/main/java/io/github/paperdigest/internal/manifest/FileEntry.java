package io.github.paperdigest.internal.manifest;

/**
 * What one file of a site was made from.
 *
 * @param model the digest of its model, or null for a file made from no model (an asset, the sitemap),
 *     which is made again by every build
 * @param size its size in bytes
 */
public record FileEntry(String model, long size) {
}
