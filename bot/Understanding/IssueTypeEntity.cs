namespace CrossBorderBot.Understanding;

/// <summary>A kind of problem a message describes (one of <see cref="IssueTypes"/>) and the words that showed it.</summary>
public sealed record IssueTypeEntity(string Id, string Text);
