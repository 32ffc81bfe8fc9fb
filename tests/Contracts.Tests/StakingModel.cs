using System.Numerics;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>
/// Two independent computations of what stakers earn, fed the same events at the same timestamps:
/// <see cref="Ideal"/> is the exact continuous split (rationals, no rounding at all); the accumulator rules (what
/// <see cref="Claim"/> pays) follow the contract's documented arithmetic (1e36 scaling, carried remainders).
/// The contract must equal the accumulator to the wei, and the accumulator must stay within 1 wei of the ideal.
/// Tokens asked out are in cooldown: they leave the stake (so they stop earning) but not the pool until withdrawn.
/// </summary>
internal sealed class StakingModel
{
    private static readonly BigInteger Scale = BigInteger.Pow(10, 36);
    private readonly Dictionary<string, BigInteger> _stakes = [];
    private readonly Dictionary<string, BigInteger> _cooldowns = [];
    private readonly Dictionary<string, BigInteger> _paidPerToken = [];
    private readonly Dictionary<string, BigInteger> _scaledRewards = [];
    private readonly Dictionary<string, Fraction> _ideal = [];
    private BigInteger _rate, _rateRemainder, _rewardPerToken, _accrualRemainder, _total;
    private ulong _periodFinish, _lastUpdate;
    private Fraction _idealRate = Fraction.Zero;

    public void Stake(ulong now, string account, BigInteger amount)
    {
        Accrue(now, account);
        _stakes[account] = StakeOf(account) + amount;
        _total += amount;
    }

    public void RequestWithdrawal(ulong now, string account, BigInteger amount)
    {
        Accrue(now, account);
        _stakes[account] = StakeOf(account) - amount;
        _total -= amount;
        _cooldowns[account] = _cooldowns.GetValueOrDefault(account) + amount;
    }

    /// <summary>Pays out the tokens in cooldown; rewards are untouched, since those tokens stopped earning already.</summary>
    public BigInteger Withdraw(string account)
    {
        var amount = _cooldowns.GetValueOrDefault(account);
        _cooldowns[account] = 0;
        return amount;
    }

    /// <summary>Tokens still in the pool on their way out: in cooldown or ready but not withdrawn.</summary>
    public BigInteger InCooldown => _cooldowns.Values.Aggregate(BigInteger.Zero, (sum, amount) => sum + amount);

    public void Notify(ulong now, BigInteger amount, ulong duration)
    {
        Accrue(now, null);
        var leftover = _rateRemainder + (now < _periodFinish ? (_periodFinish - now) * _rate : 0);
        var idealLeftover = now < _periodFinish ? _idealRate * (_periodFinish - now) : Fraction.Zero;
        var scaled = amount * Scale + leftover;
        _rate = scaled / duration;
        _rateRemainder = scaled % duration;
        _idealRate = (idealLeftover + new Fraction(amount, 1)) / duration;
        _lastUpdate = now;
        _periodFinish = now + duration;
    }

    /// <summary>Pays out what the contract's claim would pay.</summary>
    public BigInteger Claim(ulong now, string account)
    {
        Accrue(now, account);
        var reward = _scaledRewards.GetValueOrDefault(account) / Scale;
        _scaledRewards[account] = _scaledRewards.GetValueOrDefault(account) - reward * Scale;
        return reward;
    }

    public Fraction Ideal(string account) => _ideal.GetValueOrDefault(account, Fraction.Zero);

    private BigInteger StakeOf(string account) => _stakes.GetValueOrDefault(account);

    private void Accrue(ulong now, string? account)
    {
        if (_total == 0 && _lastUpdate < _periodFinish && _lastUpdate < now)
        {
            _periodFinish += now - _lastUpdate;
            _lastUpdate = now;
        }
        else
        {
            var applicable = Math.Min(now, _periodFinish);
            if (_total > 0 && applicable > _lastUpdate)
            {
                var elapsed = applicable - _lastUpdate;
                var emitted = elapsed * _rate + _accrualRemainder;
                _rewardPerToken += emitted / _total;
                _accrualRemainder = emitted % _total;
                foreach (var (staker, stake) in _stakes.Where(s => s.Value > 0))
                {
                    _ideal[staker] = Ideal(staker) + _idealRate * elapsed * new Fraction(stake, _total);
                }
            }
            _lastUpdate = applicable;
        }
        if (account is not null)
        {
            _scaledRewards[account] = _scaledRewards.GetValueOrDefault(account)
                + StakeOf(account) * (_rewardPerToken - _paidPerToken.GetValueOrDefault(account));
            _paidPerToken[account] = _rewardPerToken;
        }
    }
}

/// <summary>An exact non-negative rational.</summary>
internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
{
    public static readonly Fraction Zero = new(0, 1);

    public static Fraction operator +(Fraction a, Fraction b) =>
        Reduce(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) => Reduce(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, BigInteger b) => Reduce(a.Numerator * b, a.Denominator);

    public static Fraction operator /(Fraction a, BigInteger b) => Reduce(a.Numerator, a.Denominator * b);

    public BigInteger Floor => Numerator / Denominator;

    private static Fraction Reduce(BigInteger numerator, BigInteger denominator)
    {
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsZero ? Zero : new Fraction(numerator / gcd, denominator / gcd);
    }
}
