package cn.kjj.platform.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese and English names of an enum constant that implements {@link Named.Constant}:
 * {@code @Name(zh = "孵化器", en = "Incubator") INCUBATOR}. Read once per enum by {@link ConstantNames}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Name {

    String zh();

    String en();
}
