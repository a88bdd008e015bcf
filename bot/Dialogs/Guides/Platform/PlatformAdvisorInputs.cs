using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The one reading of the platform guide's answers as the advisor's input, shared by the result and its explanation
/// so that "why is X first?" explains the very ranking shown.
/// </summary>
public static class PlatformAdvisorInputs
{
    public static PlatformAdvisorInput From(PlatformAnswers answers, KnowledgeBase knowledgeBase, int maxResults) => new()
    {
        Model = answers.Model ?? BusinessModel.B2C,
        TargetMarkets = answers.Markets ?? [],
        Category = answers.Category is null or PlatformCategoryPrompt.AnyValue ? null : answers.Category,
        MonthlyBudgetUsd = answers.BudgetAmount is { } amount && knowledgeBase.ExchangeRates.Convert(amount, answers.BudgetCurrency ?? "USD", "USD") is { } usd ? Math.Round(usd, 2) : 0m,
        Experience = answers.Experience ?? SellerExperience.None,
        OwnBrand = answers.OwnBrand ?? false,
        MaxResults = maxResults,
    };
}
