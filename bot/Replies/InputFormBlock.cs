namespace CrossBorderBot.Replies;

/// <summary>
/// Several questions answered at once on channels with forms (Teams, Web Chat, Slack). The submit button sends its
/// action's data merged with the field values keyed by field id. Guides ask one question at a time where
/// <see cref="ReplyChannels.SupportsForms"/> is false.
/// </summary>
public sealed record InputFormBlock(IReadOnlyList<FormField> Fields, ReplyAction Submit, string? Title = null) : ReplyBlock;
