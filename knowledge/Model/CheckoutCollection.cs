namespace CrossBorderBot.Knowledge.Model;

/// <summary>A scheme that moves import taxes on low-value consignments to checkout: the seller or marketplace charges
/// them in the price and declares them, and nothing is collected from the buyer at delivery.</summary>
public sealed record CheckoutCollection
{
    public required LocalizedText Name { get; init; }

    /// <summary><c>point-of-sale</c> (the seller or marketplace charges the tax as a registered vendor) or
    /// <c>ioss</c> (the EU's Import One-Stop Shop).</summary>
    public string Kind { get; init; } = "point-of-sale";

    /// <summary>Consignments worth at most this much (intrinsic value) fall under the scheme.</summary>
    public required Money UpTo { get; init; }

    /// <summary>What the scheme collects at checkout: <c>vat</c>, <c>duty</c>, <c>fee</c>.</summary>
    public IReadOnlyList<string> Covers { get; init; } = [];

    /// <summary>True when the law puts the tax at checkout for every such sale (the UK, Australia); false when the
    /// seller chooses to register (EU IOSS, Remessa Conforme platforms).</summary>
    public bool Mandatory { get; init; }

    /// <summary>What to assume when the seller has not said whether it collects at checkout.</summary>
    public bool AssumedByDefault { get; init; }

    public DateOnly From { get; init; }

    /// <summary>How it works for the seller: registration, returns, what the invoice shows.</summary>
    public required LocalizedText HowItWorks { get; init; }

    /// <summary>What happens at the border when the seller does not collect at checkout.</summary>
    public LocalizedText? WithoutIt { get; init; }

    /// <summary>The scheme covers sales to consumers only. When set, a registered business buying for its business
    /// within the limit is charged nothing at checkout or at the border and accounts for any tax itself (Australia's
    /// GST and the UK's VAT reverse charge); this says so. When null, a business buyer pays the tax at import (EU).</summary>
    public LocalizedText? BusinessBuyers { get; init; }
}
