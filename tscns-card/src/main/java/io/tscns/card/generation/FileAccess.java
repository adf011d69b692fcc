package io.tscns.card.generation;

import io.tscns.card.fs.PathOrigin;
import java.util.Objects;
import java.util.Optional;

/**
 * How a card generation's file system is reached (<i>accesso al file system</i>): the classic CNS from its MF with
 * absolute paths, or an application selected by AID first, whose files are then addressed from the MF the
 * application stands for or from the application itself ({@code docs/card.md §10}).
 *
 * @since 0.1.0
 */
public sealed interface FileAccess {

    /**
     * Classic cards: no application to select; SELECT by absolute path from the MF ({@code 00 A4 08 ..},
     * {@code docs/card.md §4.3}).
     */
    record FromMasterFile() implements FileAccess {}

    /**
     * Applet-based cards: SELECT the application by AID ({@code 00 A4 04 00}), optionally confirm the model with
     * GET DATA, then select files by path with {@link #origin()}.
     *
     * @param application the AID
     * @param origin      where paths start once the application is selected
     * @param modelCheck  the GET DATA that confirms the model, when the generation's source uses one
     */
    record ThroughApplication(ApplicationId application, PathOrigin origin, Optional<ModelCheck> modelCheck)
            implements FileAccess {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public ThroughApplication {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(modelCheck, "modelCheck");
        }
    }

    /**
     * A GET DATA ({@code 00 CA P1 P2}) whose answer must be {@link #expected()}, so that an unrelated card that
     * happens to answer the same AID is not taken for a CNS ({@code docs/card.md §10.2}).
     *
     * @param tag      the data object, P1 P2 as one number, e.g. {@code 0x0180}
     * @param expected the ASCII answer, e.g. {@code "JSign4"}
     */
    record ModelCheck(int tag, String expected) {
        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the tag is not two bytes or the expected answer is empty
         */
        public ModelCheck {
            if (tag < 0 || tag > 0xFFFF || expected.isEmpty()) {
                throw new IllegalArgumentException("a model check is a two-byte tag and a non-empty answer");
            }
        }
    }
}
