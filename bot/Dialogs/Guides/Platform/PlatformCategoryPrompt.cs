using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for the product category: a choice from the list (its name or keywords), or a sentence the recognizer finds
/// a category in ("we make running shoes"). The answer is a category id or <see cref="AnyValue"/>.
/// </summary>
public sealed class PlatformCategoryPrompt(string id, CrossBorderRecognizer recognizer) : ButtonOrTypedPrompt<string>(id)
{
    public const string AnyValue = "any";

    protected override string? Read(string? text, PromptOptions options, Activity activity)
    {
        var category = Chosen(text, options, activity)
            ?? (string.IsNullOrWhiteSpace(text) ? null : GuideEntities.Category(recognizer.Understand(text, activity.Locale).Entities));
        return category is not null && options.Choices.Any(choice => choice.Value == category) ? category : null;
    }

    /// <summary>Goods the list has no name for ("handmade soap") are taken by the guide in the seller's words, and said back.</summary>
    protected override bool TakesAsWritten(ITurnContext turnContext, PromptOptions options) =>
        Read(GetAnswerText(turnContext), options, turnContext.Activity) is not null;
}
