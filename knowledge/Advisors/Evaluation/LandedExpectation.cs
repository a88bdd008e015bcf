namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>Landed-cost lines that must appear and what the buyer may pay at the door (market currency).</summary>
public sealed class LandedExpectation
{
    public List<LandedLineExpectation> Lines { get; set; } = [];

    public decimal? DoorMin { get; set; }

    public decimal? DoorMax { get; set; }
}
