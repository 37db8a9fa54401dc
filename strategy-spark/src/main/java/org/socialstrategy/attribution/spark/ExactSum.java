package org.socialstrategy.attribution.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple2;

/**
 * Adds decimals given as text, each times a whole multiplier, exactly: conversion values and the
 * value time decay shares keep every digit, whatever their sum, as in the in-process engine. Nulls
 * add nothing; the sum is text too.
 */
final class ExactSum extends Aggregator<Tuple2<String, Long>, BigDecimal, String> {

  private static final long serialVersionUID = 1L;

  @Override
  public BigDecimal zero() {
    return BigDecimal.ZERO;
  }

  @Override
  public BigDecimal reduce(BigDecimal sum, Tuple2<String, Long> input) {
    if (input._1() == null) {
      return sum;
    }
    BigDecimal term = new BigDecimal(input._1());
    if (input._2() != 1) {
      term = term.multiply(BigDecimal.valueOf(input._2()));
    }
    return sum.add(term);
  }

  @Override
  public BigDecimal merge(BigDecimal a, BigDecimal b) {
    return a.add(b);
  }

  @Override
  public String finish(BigDecimal sum) {
    return sum.toPlainString();
  }

  @Override
  public Encoder<BigDecimal> bufferEncoder() {
    return Encoders.kryo(BigDecimal.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
