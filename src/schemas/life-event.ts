/**
 * Life events group the guides the way people think of their needs ("I have a new baby"),
 * not the way agencies file procedures. Order here is the order on the site.
 */
export const LIFE_EVENTS = {
  'tai-khoan': 'Tài khoản định danh và đăng nhập',
  'co-con-nho': 'Khi gia đình có con nhỏ',
  'hon-nhan': 'Hôn nhân và gia đình',
  'cu-tru': 'Nơi cư trú',
  'giay-to': 'Giấy tờ, chứng thực, lý lịch',
  'suc-khoe': 'Bảo hiểm y tế',
  'nguoi-than-qua-doi': 'Khi người thân qua đời',
  'theo-doi-ho-so': 'Theo dõi hồ sơ và nộp phí',
} as const;

export type LifeEvent = keyof typeof LIFE_EVENTS;

export const LIFE_EVENT_KEYS = Object.keys(LIFE_EVENTS) as [LifeEvent, ...LifeEvent[]];
