package io.cloudmigrate.codegen.internal;

import java.util.Locale;

/**
 * US dollar amounts, formatted the same on every machine.
 */
public final class Money
{
    private Money() {}

    /** {@code $1,234.50}; negative amounts as {@code -$1,234.50}. */
    public static String usd(double amount)
    {
        String formatted = String.format(Locale.ROOT, "$%,.2f", Math.abs(amount));
        return amount < -0.005 ? "-" + formatted : formatted;
    }

    /** A change with its sign: {@code +$12.00} or {@code -$12.00}. */
    public static String change(double amount)
    {
        return amount > 0.005 ? "+" + usd(amount) : usd(amount);
    }
}
