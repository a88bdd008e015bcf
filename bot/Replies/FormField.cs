namespace CrossBorderBot.Replies;

/// <summary>
/// One input of an <see cref="InputFormBlock"/>. Its value arrives in the submit data under <paramref name="Id"/>
/// (so ids must be unique within a reply).
/// </summary>
public sealed record FormField(
    string Id,
    string Label,
    FormFieldKind Kind = FormFieldKind.Text,
    string? Placeholder = null,
    bool Required = false,
    IReadOnlyList<ReplyChoice>? Choices = null,
    string? Value = null)
{
    public static FormField Text(string id, string label, string? placeholder = null, bool required = false, string? value = null) =>
        new(id, label, FormFieldKind.Text, placeholder, required, Value: value);

    public static FormField Number(string id, string label, string? placeholder = null, bool required = false, string? value = null) =>
        new(id, label, FormFieldKind.Number, placeholder, required, Value: value);

    public static FormField Choice(string id, string label, IReadOnlyList<ReplyChoice> choices, string? placeholder = null, bool required = false, string? value = null) =>
        new(id, label, FormFieldKind.Choice, placeholder, required, choices, value);

    /// <summary>The hint shown in the empty input: the field's own, or "Choose an option" for a choice without one.</summary>
    internal string? PlaceholderOrChoose(ReplyWords words) =>
        string.IsNullOrEmpty(Placeholder) && Kind == FormFieldKind.Choice ? words.ChoosePlaceholder : Placeholder;
}
