namespace CrossBorderBot.Understanding;

/// <summary>A training example with the entities the recognizer found in it.</summary>
internal sealed record LabelledMessage(string Intent, string Text, IReadOnlyList<EntityMention> Mentions);
