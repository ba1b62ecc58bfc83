#pragma once
// A value or an ApiError: what every MarketplaceApi call answers with.
#include "ApiError.h"

#include <functional>
#include <variant>

namespace envisage::api {

struct NoContent
{
};

template<typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_result(std::move(value)) {}
    ApiResult(ApiError error) : m_result(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_result); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_result); }
    const ApiError &error() const { return std::get<ApiError>(m_result); }

private:
    std::variant<T, ApiError> m_result;
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace envisage::api
