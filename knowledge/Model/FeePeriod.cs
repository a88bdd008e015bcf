namespace CrossBorderBot.Knowledge.Model;

/// <summary>What a fixed platform fee is charged per: a period of the plan, a listing, an order, or each item sold
/// (an order of three items pays an item fee three times).</summary>
public enum FeePeriod
{
    Month,
    Year,
    Listing,
    Order,
    Item,
}
