package io.loosen.cli;

import io.loosen.system.Fields;
import io.loosen.system.Suggest;
import io.loosen.system.Vocabulary;
import java.util.Arrays;
import picocli.CommandLine;

/** Reads an option value as a catalog word (e.g. {@code --place desk}), naming the choices when wrong. */
class VocabularyConverter<E extends Enum<E> & Vocabulary> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    VocabularyConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return Vocabulary.parse(type, value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + Fields.show(value) + "' is not one of " + Vocabulary.choices(type)
                        + Suggest.closest(value, Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList())
                                .map(s -> "; did you mean '" + s + "'?").orElse(".")));
    }

    static final class PlaceConverter extends VocabularyConverter<io.loosen.catalog.Place> {
        PlaceConverter() {
            super(io.loosen.catalog.Place.class);
        }
    }

    static final class EquipmentConverter extends VocabularyConverter<io.loosen.catalog.Equipment> {
        EquipmentConverter() {
            super(io.loosen.catalog.Equipment.class);
        }
    }

    static final class PositionConverter extends VocabularyConverter<io.loosen.catalog.Position> {
        PositionConverter() {
            super(io.loosen.catalog.Position.class);
        }
    }

    /** The equipment words, for help texts and shell completion, so they never fall behind the list. */
    static final class EquipmentChoices implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(io.loosen.catalog.Equipment.values()).map(Vocabulary::slug).iterator();
        }
    }
}
