/**
 * {@code papers:new}: skeletons of a note on a paper of the digest, or of a hand-written record, that
 * build as they are and that an editor fills in. See {@link io.github.paperdigest.scaffold.Scaffold}.
 */
package io.github.paperdigest.scaffold;
