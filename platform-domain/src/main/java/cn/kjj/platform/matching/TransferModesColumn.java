package cn.kjj.platform.matching;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An achievement's transfer modes as the column keeps them: codes, comma-separated, in declaration order. */
@Converter
class TransferModesColumn implements AttributeConverter<List<TransferMode>, String> {

    @Override
    public String convertToDatabaseColumn(List<TransferMode> modes) {
        return modes == null ? null : modes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<TransferMode> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split(",")).map(TransferMode::valueOf).sorted().toList();
    }
}
