package cn.kjj.platform.common;

/**
 * The {@link Name}s of an enum's constants, read from their annotations the first time one of the
 * enum's constants is asked for its names and kept per enum class, indexed by ordinal.
 */
final class ConstantNames {

    private static final ClassValue<Names[]> BY_ENUM = new ClassValue<>() {
        @Override
        protected Names[] computeValue(Class<?> type) {
            return read(type);
        }
    };

    private ConstantNames() {
    }

    static Names of(Enum<?> constant) {
        return BY_ENUM.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    private static Names[] read(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        Names[] names = new Names[constants.length];
        for (Object constant : constants) {
            Enum<?> value = (Enum<?>) constant;
            Name name;
            try {
                name = type.getField(value.name()).getAnnotation(Name.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getName() + "." + value.name() + " is not a field", e);
            }
            if (name == null) {
                throw new IllegalStateException(type.getName() + "." + value.name()
                        + " has no @Name: every constant of a Named.Constant enum states its Chinese and English name");
            }
            names[value.ordinal()] = new Names(name.zh(), name.en());
        }
        return names;
    }
}
