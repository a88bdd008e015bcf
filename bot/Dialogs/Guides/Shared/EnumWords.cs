using System.Text.Json;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A typed answer's word ("economy", "batteries"): the value a choice button or form field carries, the slot
/// vocabulary's value, and the text kept in stored state — the member's name in camel case, as
/// <see cref="StoredEnumConverter{TEnum}"/> writes it, so there is one spelling and no table to keep in step.
/// </summary>
public static class EnumWords
{
    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The member a word names; null for null, a number or a word that names none.</summary>
    public static TEnum? Read<TEnum>(string? word)
        where TEnum : struct, Enum =>
        word is not null && Enum.TryParse<TEnum>(word, ignoreCase: true, out var value) && Enum.IsDefined(value)
            && string.Equals(Word(value), word, StringComparison.OrdinalIgnoreCase)
            ? value
            : null;
}
