namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The platform guide's answers so far (null = not yet known); kept in the waterfall's values.</summary>
public sealed record PlatformAnswers
{
    /// <summary>"B2B", "B2C" or "O2O".</summary>
    public string? Model { get; init; }

    /// <summary>Country codes and region ids of the knowledge base.</summary>
    public List<string>? Markets { get; init; }

    /// <summary>A category id, or <see cref="PlatformCategoryPrompt.AnyValue"/> for no particular category.</summary>
    public string? Category { get; init; }

    /// <summary>Further category ids named with the first ("toys and kids' clothes"), offered after the result.</summary>
    public List<string>? OtherCategories { get; init; }

    public decimal? BudgetAmount { get; init; }

    public string? BudgetCurrency { get; init; }

    /// <summary>"none", "some" or "experienced".</summary>
    public string? Experience { get; init; }

    public bool? OwnBrand { get; init; }
}
