namespace CrossBorderBot.Replies;

/// <summary>What a <see cref="FormField"/> accepts.</summary>
public enum FormFieldKind
{
    Text,
    Number,
    Choice,
}
