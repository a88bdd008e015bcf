namespace CrossBorderBot.Knowledge.Model;

/// <summary>What a fixed import fee is charged per.</summary>
public enum FeeUnit
{
    Item,
    Parcel,
}
