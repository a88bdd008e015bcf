namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What the user did at the end of a guide: picked a button (<paramref name="Choice"/>) or typed something else.</summary>
public sealed record GuideFollowUpAnswer(string? Choice, string? Text);
