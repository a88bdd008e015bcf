namespace CrossBorderBot.Knowledge.Model;

/// <summary>What a fixed fee is charged per.</summary>
public enum FeePeriod
{
    Month,
    Year,
    Listing,
    Order,
}
