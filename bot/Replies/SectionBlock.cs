namespace CrossBorderBot.Replies;

/// <summary>
/// A headed list: a plan's "Your answers" or "Next steps", a playbook step with its detail. Items are plain text
/// (<c>**bold**</c> allowed); renderers show them as a list under the heading, each item whole.
/// </summary>
public sealed record SectionBlock(string Heading, IReadOnlyList<string> Items) : ReplyBlock;
