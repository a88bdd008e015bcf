namespace CrossBorderBot.Understanding;

/// <summary>One line of the recognizer's alias list: more ways to name one thing of one entity kind.</summary>
internal sealed record EntityAlias(EntityType Kind, string Id, IReadOnlyList<string> Phrases);
