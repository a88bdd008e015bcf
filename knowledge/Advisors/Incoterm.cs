namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Who pays import duty and taxes: the seller in advance (DDP) or the buyer at the door (DDU/DAP).</summary>
public enum Incoterm
{
    Ddp,
    Ddu,
}
