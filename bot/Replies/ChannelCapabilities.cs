namespace CrossBorderBot.Replies;

/// <summary>
/// What one channel can show: the reply format, forms at all, a long form (a whole questionnaire), and whether its
/// clients keep old cards clickable.
/// </summary>
/// <param name="Rendering">The format replies are rendered in.</param>
/// <param name="Forms">The channel shows an <see cref="InputFormBlock"/> and sends its values back.</param>
/// <param name="LongForms">The channel shows a long form well, so a guide may ask all its questions at once.</param>
/// <param name="OldCardsClickable">
/// The buttons of cards sent earlier can still be clicked, and the click names its card, so it is judged against the
/// question waiting now.
/// </param>
public sealed record ChannelCapabilities(ReplyRendering Rendering, bool Forms, bool LongForms, bool OldCardsClickable);
