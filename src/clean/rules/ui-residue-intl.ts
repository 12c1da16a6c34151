/**
 * UI residue lines in languages other than English, one group per language:
 * ad slot labels, "continues below the ad" captions, close and share button
 * labels. Matched like `uiResidueLines`: the entire text of a short block,
 * lower-cased, without surrounding white space and punctuation.
 */
export const intlUiResidueLines: readonly RegExp[] = [
  // French
  /^(?:publicité|publicite|annonce|contenu sponsorisé|sponsorisé|fermer|partager|partager cet article|la suite (?:de l'article )?après (?:cette|la) publicité|l'article continue (?:ci-dessous|après la publicité))$/,
  // German
  /^(?:anzeige|werbung|gesponsert|schließen|teilen|artikel teilen|weiter nach der anzeige|der artikel geht (?:nach der anzeige|unten) weiter|fortsetzung nach der anzeige)$/,
  // Spanish
  /^(?:publicidad|anuncio|patrocinado|contenido patrocinado|cerrar|compartir|compartir artículo|sigue leyendo debajo del anuncio|continúa después de la publicidad)$/,
  // Italian
  /^(?:pubblicità|annuncio|sponsorizzato|contenuto sponsorizzato|chiudi|condividi|continua a leggere dopo la pubblicità|l'articolo continua (?:sotto|dopo la pubblicità))$/,
  // Portuguese
  /^(?:publicidade|anúncio|patrocinado|conteúdo patrocinado|fechar|compartilhar|partilhar|continua (?:depois|após) (?:da )?publicidade|continua após a publicidade)$/,
  // Dutch
  /^(?:advertentie|gesponsord|sluiten|delen|deel dit artikel|het artikel gaat verder onder de advertentie|lees verder onder de advertentie)$/,
  // Polish
  /^(?:reklama|materiał sponsorowany|artykuł sponsorowany|zamknij|udostępnij|dalsza część artykułu (?:pod|poniżej) reklamą|dalszy ciąg (?:artykułu|materiału) pod reklamą)$/,
  // Czech
  /^(?:reklama|komerční sdělení|zavřít|sdílet|pokračování článku pod reklamou|článek pokračuje pod reklamou)$/,
  // Russian
  /^(?:реклама|закрыть|поделиться|спонсорский материал|продолжение (?:статьи )?(?:ниже|после рекламы))$/,
  // Japanese
  /^(?:広告|スポンサーリンク|閉じる|シェア|シェアする|記事の続きは(?:下|以下)(?:に|へ)?|広告の後に続きます)$/,
  // Chinese (simplified and traditional)
  /^(?:广告|廣告|赞助内容|贊助內容|关闭|關閉|分享|分享到)$/,
]
