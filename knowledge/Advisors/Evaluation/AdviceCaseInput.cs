namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>The question of a case, in the words of the case book (logistics fields first, then platform fields).</summary>
public sealed class AdviceCaseInput
{
    public decimal WeightKg { get; set; }

    /// <summary>Outer dimensions of one parcel, [length, width, height] in cm.</summary>
    public List<decimal>? DimensionsCm { get; set; }

    public decimal? VolumeCbm { get; set; }

    public int? Cartons { get; set; }

    public int? Pallets { get; set; }

    public decimal Value { get; set; }

    public string Currency { get; set; } = "USD";

    public string Destination { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? HsCode { get; set; }

    /// <summary><c>economy</c>, <c>standard</c> or <c>fast</c>.</summary>
    public string? Urgency { get; set; }

    public bool Tracking { get; set; }

    public bool Returns { get; set; }

    /// <summary><c>none</c>, <c>contained</c> (in or with the device) or <c>loose</c> (batteries alone, power banks).</summary>
    public string? Batteries { get; set; }

    public bool Liquids { get; set; }

    public bool StockInMarket { get; set; }

    /// <summary>Platform ids the seller sells on (a marketplace's own logistics is for its sellers only).</summary>
    public List<string> SellsOn { get; set; } = [];

    /// <summary>True when the seller or its marketplace charges the destination's tax at checkout (IOSS, UK VAT,
    /// Australian GST, Remessa Conforme); null leaves it to the destination's usual case.</summary>
    public bool? CheckoutTax { get; set; }

    /// <summary><c>ddp</c> or <c>ddu</c>.</summary>
    public string? Terms { get; set; }

    /// <summary>The shipment date whose rules apply (yyyy-MM-dd).</summary>
    public string? AsOf { get; set; }

    public string? Model { get; set; }

    public List<string> Markets { get; set; } = [];

    public decimal BudgetUsd { get; set; }

    /// <summary><c>none</c>, <c>some</c> or <c>experienced</c>.</summary>
    public string? Experience { get; set; }

    public bool Brand { get; set; }

    public bool? Trademark { get; set; }

    public bool? Handmade { get; set; }
}
