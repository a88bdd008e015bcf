namespace CrossBorderBot.Replies;

/// <summary>
/// A question with one button per choice (a drop-down when there are many). Picking a choice sends
/// <c>{ "verb": Verb, "value": choice.Value }</c>, the shape prompts read; channels without buttons number the
/// choices so the user can type the number.
/// </summary>
/// <param name="InputId">The id of the drop-down used for long lists; its value arrives under this key, so it stays
/// <c>value</c> for prompts.</param>
public sealed record ChoiceSetBlock(
    string Question,
    IReadOnlyList<ReplyChoice> Choices,
    string Verb = ChoiceSetBlock.ChooseVerb,
    string InputId = ChoiceSetBlock.ValueKey) : ReplyBlock
{
    /// <summary>The verb prompts answer to.</summary>
    public const string ChooseVerb = ReplyVerbs.Choose;

    /// <summary>The key under which the chosen value travels in the submit data.</summary>
    public const string ValueKey = "value";
}
