namespace CrossBorderBot.Replies;

/// <summary>What one channel can show: the reply format, forms at all, and a long form (a whole questionnaire).</summary>
/// <param name="Rendering">The format replies are rendered in.</param>
/// <param name="Forms">The channel shows an <see cref="InputFormBlock"/> and sends its values back.</param>
/// <param name="LongForms">The channel shows a long form well, so a guide may ask all its questions at once.</param>
public sealed record ChannelCapabilities(ReplyRendering Rendering, bool Forms, bool LongForms);
