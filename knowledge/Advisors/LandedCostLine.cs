using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>One charge, naming the rule applied and the effective date of the rule period used.</summary>
public sealed record LandedCostLine
{
    public required LandedCostLineKind Kind { get; init; }

    /// <summary>Amount in the market's currency.</summary>
    public required Money Amount { get; init; }

    /// <summary>Upper end when the amount is a range (a rule the knowledge base cannot pin down: an HS-dependent
    /// rate, a province-dependent tax, a surcharge past its stated end); null when exact.</summary>
    public decimal? AmountMax { get; init; }

    public LandedCostCollection Collection { get; init; } = LandedCostCollection.AtImport;

    /// <summary>True when the line rests on a rule whose stated end has passed without a confirmed successor.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>Id of the import rule applied; null for the market's plain duty or VAT rate.</summary>
    public string? RuleId { get; init; }

    public required LocalizedText Rule { get; init; }

    /// <summary>Start of the rule period used (null when no dated rule applied).</summary>
    public DateOnly? Effective { get; init; }

    public required LocalizedText Explanation { get; init; }

    public IReadOnlyList<string> SourceIds { get; init; } = [];
}
